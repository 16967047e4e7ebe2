/** Maturity worksheets and unit results as Excel workbooks: the template to fill offline and reading it back. */
package org.skillboard.maturity.sheets;
