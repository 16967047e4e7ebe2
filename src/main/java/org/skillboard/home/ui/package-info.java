/** The start page: what each role sees first and what to do next. */
package org.skillboard.home.ui;
