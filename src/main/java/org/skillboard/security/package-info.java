/** Sign-in, accounts and roles, throttling of failed sign-ins, and the application's own identity for start-up work. */
package org.skillboard.security;
