/** Writing workbooks: cell styles made once, text and formula escaping, Excel's limits. */
@NamedInterface("write")
package org.skillboard.excel.write;

import org.springframework.modulith.NamedInterface;
