/** The assessment upload page and its background workers. */
package org.skillboard.sheets.ui;
