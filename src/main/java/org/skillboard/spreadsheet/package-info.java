/** The safe streaming reader of uploaded .xlsx files: content checks, limits and hostile-file defences. */
package org.skillboard.spreadsheet;
