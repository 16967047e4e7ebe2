/** The audit log as an Excel workbook, streamed, in the reader's language. */
package org.skillboard.audit.sheets;
