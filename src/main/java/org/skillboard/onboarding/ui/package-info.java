/** The onboarding upload page, and the getting-started card the start page shows tenant admins. */
@NamedInterface("ui")
package org.skillboard.onboarding.ui;

import org.springframework.modulith.NamedInterface;
