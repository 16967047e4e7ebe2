/** Sign-in, password pages, refusal pages, and the dialog that shows a single-use link. */
@NamedInterface("ui")
package org.skillboard.security.ui;

import org.springframework.modulith.NamedInterface;
