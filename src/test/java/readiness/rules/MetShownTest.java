package readiness.rules;

import org.junit.jupiter.api.Test;
import readiness.report.Report;

import static org.assertj.core.api.Assertions.assertThat;
import static readiness.Assess.met;
import static readiness.Assess.role;

/** Of several ways a requirement is met, the report shows the candidate's own credential held outright, never a lesser way. */
class MetShownTest {

    @Test
    void anRnLicenseIsShownBeforeAnNpLicenseAcceptedWithACaveat() {
        Report.RoleReport role = role("clinical-services-director", """
                {'licenses':[{'type':'NP','jurisdiction':'WA','status':'active','expires':'2027-09-30'},
                             {'type':'RN','jurisdiction':'WA','status':'active','expires':'2027-09-30'}]}""");

        assertThat(met(role, "csd.license.clinical").detail()).isEqualTo("RN, WA, active, expires 2027-09-30");
    }

    @Test
    void anNpLicenseAloneIsShownWithItsCaveat() {
        Report.RoleReport role = role("clinical-services-director",
                "{'licenses':[{'type':'NP','jurisdiction':'WA','status':'active','expires':'2027-09-30'}]}");

        assertThat(met(role, "csd.license.clinical").detail()).startsWith("NP, WA, active, expires 2027-09-30 (");
    }

    @Test
    void aMastersHeldIsShownBeforeTheBsnRouteAndBeforeALaterDoctorate() {
        Report.RoleReport role = role("clinical-services-director", """
                {'education':[{'degree':'BSN','completed':'2002-05'},
                              {'degree':'MSN','field':'nursing administration','completed':'2008-05'},
                              {'degree':'DNP','field':'nursing','completed':'2016-05'}],
                 'certifications':[{'code':'CPHQ','earned':'2015-04','expires':'2027-04'}],
                 'experience':[{'kind':'management','start':'2008-06'}]}""");

        assertThat(met(role, "csd.education.masters").detail()).isEqualTo("MSN (nursing administration), completed 2008-05");
    }

    @Test
    void theBsnRouteIsShownWhenItIsTheOnlyWay() {
        Report.RoleReport role = role("clinical-services-director", """
                {'education':[{'degree':'BSN','completed':'2002-05'}],
                 'certifications':[{'code':'CPHQ','earned':'2015-04','expires':'2027-04'}],
                 'experience':[{'kind':'management','start':'2008-06'}]}""");

        assertThat(met(role, "csd.education.masters").detail()).startsWith("BSN path: BSN, completed 2002-05");
    }

    @Test
    void anAdvisorsWaiverIsShownEvenWhenACredentialAlsoMeetsTheRequirement() {
        Report.RoleReport role = role("clinical-services-director", """
                {'licenses':[{'type':'RN','jurisdiction':'TX','status':'active','expires':'2028-08-31'}],
                 'waivers':[{'requirement':'csd.license.clinical','reason':'board letter','by':'A. Advisor','date':'2026-01-10'}]}""");

        Report.MetItem met = met(role, "csd.license.clinical");
        assertThat(met.detail()).startsWith("Met by waiver: ");
        assertThat(met.exception()).isNotNull();
        assertThat(met.exception().by()).isEqualTo("A. Advisor");
    }
}
