/** The heatmap, trend and cell screens. */
package org.skillboard.heatmap.ui;
