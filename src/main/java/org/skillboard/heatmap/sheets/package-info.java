/** The heatmap and the assessment history as Excel: the grid as shown, with its colours, streamed. */
package org.skillboard.heatmap.sheets;
