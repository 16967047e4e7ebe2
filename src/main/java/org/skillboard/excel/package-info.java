/** What every feature's workbooks share: the one type for translated texts, problems by sheet and cell, and progress; reading in read, writing in write. */
package org.skillboard.excel;
