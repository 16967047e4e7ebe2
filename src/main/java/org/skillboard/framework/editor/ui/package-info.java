/**
 * The framework editor: a tenant administrator starts a framework (from a starter, blank, as a copy or a
 * translation), edits its details, scale, categories, items and notes as a draft that is checked by the loader's
 * rules while she types, translates it side by side with its family's other languages, and publishes it in place
 * or as a new version.
 */
package org.skillboard.framework.editor.ui;
