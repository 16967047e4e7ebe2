/**
 * Frameworks built and changed in the app: drafts started from a starter, blank or as a copy, checked by the
 * loader's own rules while the administrator types, and published by the same compatibility rule as files.
 */
package org.skillboard.framework.editor;
