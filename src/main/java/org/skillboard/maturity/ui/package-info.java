/** Maturity worksheets, unit results and radars. */
package org.skillboard.maturity.ui;
