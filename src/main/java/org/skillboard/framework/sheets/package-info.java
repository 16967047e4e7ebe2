/** Frameworks as Excel workbooks: written for editing offline and read back into a framework file. */
package org.skillboard.framework.sheets;
