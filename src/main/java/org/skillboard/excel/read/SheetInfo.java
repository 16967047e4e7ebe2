package org.skillboard.excel.read;

/**
 * A worksheet of an uploaded workbook.
 *
 * @param name the name as the user sees it on the tab, renamed or not
 * @param position the worksheet's place among the workbook's worksheets, from 0, counting hidden ones
 *     too (chart sheets hold no cells and are not read)
 * @param hidden whether the user cannot see the tab (hidden or very hidden); a template keeps its keys on
 *     such a sheet
 */
public record SheetInfo(String name, int position, boolean hidden) {
}
