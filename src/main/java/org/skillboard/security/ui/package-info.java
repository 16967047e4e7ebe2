/** Sign-in and refusal pages. */
package org.skillboard.security.ui;
