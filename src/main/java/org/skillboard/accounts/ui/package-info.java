/** Views of the accounts page. */
package org.skillboard.accounts.ui;
