/** Skillboard: a self-hosted dashboard of a team's skills and an organisation's CX maturity; one sub-package per feature, {@code base} for what every feature shares. */
package org.skillboard;
