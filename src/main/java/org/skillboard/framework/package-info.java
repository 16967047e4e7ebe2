/** Frameworks (SFIA skills, progression criteria, maturity models): their items, levels and scales, files, versions and library. */
package org.skillboard.framework;
