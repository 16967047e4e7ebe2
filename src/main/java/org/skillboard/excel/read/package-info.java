/** The safe streaming reader every uploaded .xlsx goes through: content checks, limits and hostile-file defences. */
@NamedInterface("read")
package org.skillboard.excel.read;

import org.springframework.modulith.NamedInterface;
