/** The framework editor's pages: a draft, and a draft next to its family's other languages to translate it. */
package org.skillboard.framework.editor.ui;
