/** The platform administrator's screens: creating, suspending and resuming tenants. */
@NamedInterface("ui")
package org.skillboard.platform.ui;

import org.springframework.modulith.NamedInterface;
