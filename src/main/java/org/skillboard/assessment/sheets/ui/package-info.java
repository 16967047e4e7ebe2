/** The assessment upload page and its background workers. */
package org.skillboard.assessment.sheets.ui;
