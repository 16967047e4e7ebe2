/** The framework library everyone browses, and its administration. */
package org.skillboard.framework.ui;
