package org.skillboard.testsupport;

import com.vaadin.browserless.SpringBrowserlessTest;

/**
 * A browserless view test in a tenant of the {@link TenantFixture}: {@link #signInAs} signs a person
 * in and opens a new UI, as the login page does, so that the screens speak the person's language.
 */
public abstract class SignedInViewTest extends SpringBrowserlessTest {

    /** @param who admin, lead, member, lead2 or other */
    protected void signInAs(FreshTenant tenant, String who) {
        tenant.signInAs(who);
        cleanVaadinEnvironment();
        initVaadinEnvironment();
    }
}
