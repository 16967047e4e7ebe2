/** The heatmap of people by items (levels or gaps to target), its trends and cell details, as one read model per screen. */
package org.skillboard.heatmap;
