/** The application shell every view shares: main layout and menu, translations and supported languages, charts, notifications, uploads. */
@NamedInterface("ui")
package org.skillboard.base.ui;

import org.springframework.modulith.NamedInterface;
