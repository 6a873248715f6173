package readiness.rules;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import readiness.report.Report;

import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;
import static readiness.Assess.gapIds;
import static readiness.Assess.metIds;
import static readiness.Assess.role;

/** Every requirement of every role, with a profile that meets it and one that does not. */
class RequirementCasesTest {

    static Stream<Arguments> requirements() {
        return Stream.of(
                // Clinical Services Director (seed 000)
                arguments("clinical-services-director", "csd.education.masters",
                        "{'education':[{'degree':'MHA','completed':'2020-05'}]}",
                        "{'education':[{'degree':'MBA','healthcareFocus':false,'completed':'2020-05'}]}"),
                arguments("clinical-services-director", "csd.education.doctorate",
                        "{'education':[{'degree':'DNP','field':'nursing'}]}",
                        "{'education':[{'degree':'PHD','field':'economics'}]}"),
                arguments("clinical-services-director", "csd.education.management-residency",
                        "{'training':[{'type':'administrative-residency','completed':'2015-06'}]}",
                        "{'training':[{'type':'residency','specialty':'internal medicine','completed':'2015-06'}]}"),
                arguments("clinical-services-director", "csd.license.clinical",
                        "{'licenses':[{'type':'RN','status':'active','expires':'2028-01-31'}]}",
                        "{'licenses':[{'type':'RN','status':'suspended'}]}"),
                arguments("clinical-services-director", "csd.experience.clinical",
                        "{'experience':[{'kind':'clinical','start':'2020-01','end':'2023-12'}]}",
                        "{'experience':[{'kind':'clinical','start':'2022-01','end':'2023-12'}]}"),
                arguments("clinical-services-director", "csd.experience.total",
                        "{'experience':[{'kind':'administrative','start':'2015-01','end':'2021-12'}]}",
                        "{'experience':[{'kind':'administrative','start':'2022-01'}]}"),
                arguments("clinical-services-director", "csd.experience.leadership",
                        "{'experience':[{'kind':'management','start':'2022-01','end':'2024-12'}]}",
                        "{'experience':[{'kind':'supervisory','start':'2024-01','end':'2024-12'}]}"),
                arguments("clinical-services-director", "csd.certification.leadership-or-quality",
                        "{'certifications':[{'code':'LSSGB','earned':'2020-01'}]}",
                        "{'certifications':[{'code':'PMP','earned':'2020-01'}]}"),
                arguments("clinical-services-director", "csd.skill.technical",
                        "{'skills':['Epic','budgeting','risk management']}",
                        "{'skills':['epic','knitting']}"),
                arguments("clinical-services-director", "csd.skill.soft",
                        "{'skills':['communication','empathy','delegation']}",
                        "{'skills':['communication']}"),
                arguments("clinical-services-director", "csd.experience.total-typical",
                        "{'experience':[{'kind':'clinical','start':'2014-01','end':'2023-12'}]}",
                        "{'experience':[{'kind':'clinical','start':'2015-01','end':'2023-12'}]}"),
                // Director of Clinical Services (seed 001)
                arguments("director-of-clinical-services", "dcs.education.bachelors",
                        "{'education':[{'degree':'BS','field':'biology'}]}",
                        "{'education':[{'degree':'BA','field':'history'}]}"),
                arguments("director-of-clinical-services", "dcs.education.masters",
                        "{'education':[{'degree':'MPH'}]}",
                        "{'education':[{'degree':'MSW'}]}"),
                arguments("director-of-clinical-services", "dcs.license.clinical",
                        "{'licenses':[{'type':'APRN'}]}",
                        "{'licenses':[{'type':'LCSW','status':'revoked'}]}"),
                arguments("director-of-clinical-services", "dcs.experience.healthcare",
                        "{'experience':[{'kind':'clinical','start':'2020-01','end':'2023-06'}]}",
                        "{'experience':[{'kind':'clinical','start':'2022-01','end':'2023-12'}]}"),
                arguments("director-of-clinical-services", "dcs.experience.management",
                        "{'experience':[{'kind':'management','start':'2022-01','end':'2024-06'}]}",
                        "{'experience':[{'kind':'management','start':'2023-01','end':'2024-06'}]}"),
                arguments("director-of-clinical-services", "dcs.certification.management",
                        "{'certifications':[{'code':'CMM'}]}",
                        "{'certifications':[{'code':'CPHQ'}]}"),
                arguments("director-of-clinical-services", "dcs.skill.essential",
                        "{'skills':['leadership','budgeting','teamwork']}",
                        "{'skills':['teamwork']}"),
                // Director of Clinical Operations (seed 002)
                arguments("director-of-clinical-operations", "dco.education.bachelors",
                        "{'education':[{'degree':'BA','field':'history'}]}",
                        "{'education':[{'degree':'ASSOCIATE','field':'business'}]}"),
                arguments("director-of-clinical-operations", "dco.education.masters",
                        "{'education':[{'degree':'MBA','healthcareFocus':true}]}",
                        "{'education':[{'degree':'MBA'}]}"),
                arguments("director-of-clinical-operations", "dco.education.administrative-residency",
                        "{'training':[{'type':'administrative-residency','completed':'2019-12'}]}",
                        "{'training':[{'type':'fellowship','specialty':'cardiology','completed':'2019-12'}]}"),
                arguments("director-of-clinical-operations", "dco.experience.healthcare",
                        "{'experience':[{'kind':'administrative','start':'2019-01','end':'2024-12'}]}",
                        "{'experience':[{'kind':'administrative','start':'2021-01','end':'2024-12'}]}"),
                arguments("director-of-clinical-operations", "dco.experience.management",
                        "{'experience':[{'kind':'management','start':'2022-01','end':'2024-06'}]}",
                        "{'experience':[{'kind':'management','start':'2024-01','end':'2024-12'}]}"),
                arguments("director-of-clinical-operations", "dco.certification.chap",
                        "{'certifications':[{'code':'CHAP','earned':'2021-01'}]}",
                        "{'certifications':[{'code':'CHAP','earned':'2019-01','expires':'2023-01'}]}"),
                arguments("director-of-clinical-operations", "dco.skill.coursework",
                        "{'skills':['health law','ethics','budgeting']}",
                        "{'skills':['ethics']}"),
                // Clinical Director (seed 003)
                arguments("clinical-director", "cd.education.masters",
                        "{'education':[{'degree':'MSW','field':'social work'}]}",
                        "{'education':[{'degree':'MBA','field':'finance'}]}"),
                arguments("clinical-director", "cd.education.doctorate",
                        "{'education':[{'degree':'DPT'}]}",
                        "{'education':[{'degree':'MS','field':'nursing'}]}"),
                arguments("clinical-director", "cd.experience.healthcare",
                        "{'experience':[{'kind':'clinical','start':'2020-01','end':'2023-06'}]}",
                        "{'experience':[{'kind':'other','start':'2015-01','end':'2023-06'}]}"),
                // Medical Director (seeds 003, 004)
                arguments("medical-director", "md.education.medical-degree",
                        "{'education':[{'degree':'DO'}]}",
                        "{'education':[{'degree':'DNP'}]}"),
                arguments("medical-director", "md.training.residency",
                        "{'training':[{'type':'residency','completed':'2016-06'}]}",
                        "{'training':[{'type':'residency','status':'in-progress','expected':'2027-06'}]}"),
                arguments("medical-director", "md.exam.licensing",
                        "{'exams':[{'name':'COMLEX-USA','passed':'2012-06'}]}",
                        "{'exams':[{'name':'NCLEX-RN','passed':'2012-06'}]}"),
                arguments("medical-director", "md.license.medical",
                        "{'licenses':[{'type':'MEDICAL','status':'active','expires':'2028-12-31'}]}",
                        "{'licenses':[{'type':'MEDICAL','status':'active','restricted':true,'expires':'2028-12-31'}]}"),
                arguments("medical-director", "md.license.board-certification",
                        "{'boardCertifications':[{'specialty':'pediatrics','status':'active'}]}",
                        "{'boardCertifications':[{'specialty':'pediatrics','status':'expired'}]}"),
                arguments("medical-director", "md.experience.practice",
                        "{'training':[{'type':'residency','completed':'2015-06'}],'experience':[{'kind':'physician-practice','start':'2015-07'}]}",
                        "{'training':[{'type':'residency','completed':'2024-06'}],'experience':[{'kind':'physician-practice','start':'2015-07'}]}"),
                arguments("medical-director", "md.experience.practice-typical",
                        "{'training':[{'type':'residency','completed':'2015-06'}],'experience':[{'kind':'physician-practice','start':'2015-07'}]}",
                        "{'training':[{'type':'residency','completed':'2022-06'}],'experience':[{'kind':'physician-practice','start':'2022-07'}]}"),
                arguments("medical-director", "md.experience.leadership",
                        "{'experience':[{'kind':'management','start':'2022-01','end':'2024-12'}]}",
                        "{'experience':[{'kind':'supervisory','start':'2024-01','end':'2024-12'}]}"),
                arguments("medical-director", "md.education.management-masters",
                        "{'education':[{'degree':'MBA'}]}",
                        "{'education':[{'degree':'MSN'}]}"),
                arguments("medical-director", "md.training.fellowship",
                        "{'training':[{'type':'fellowship','specialty':'cardiology','completed':'2018-06'}]}",
                        "{'training':[{'type':'fellowship','specialty':'cardiology','status':'in-progress','expected':'2027-06'}]}"),
                arguments("medical-director", "md.certification.physician-leadership",
                        "{'certifications':[{'code':'CPE','earned':'2022-01'}]}",
                        "{'certifications':[{'code':'FACHE','earned':'2022-01'}]}"));
    }

    @ParameterizedTest(name = "{1} is met")
    @MethodSource("requirements")
    void aProfileThatMeetsTheRequirementHasItAmongMet(String roleId, String requirement, String meets, String fails) {
        Report.RoleReport role = role(roleId, meets);

        assertThat(metIds(role)).contains(requirement);
        assertThat(gapIds(role)).doesNotContain(requirement);
    }

    @ParameterizedTest(name = "{1} is a gap")
    @MethodSource("requirements")
    void aProfileThatDoesNotMeetTheRequirementHasItAsAGap(String roleId, String requirement, String meets, String fails) {
        Report.RoleReport role = role(roleId, fails);

        assertThat(gapIds(role)).contains(requirement);
        assertThat(metIds(role)).doesNotContain(requirement);
    }

    @ParameterizedTest(name = "optional {1} is reported when held, never a gap")
    @MethodSource("optionalRequirements")
    void optionalRequirementsAreShownWhenHeldAndNeverAGap(String roleId, String requirement, String holds) {
        assertThat(metIds(role(roleId, holds))).contains(requirement);

        Report.RoleReport without = role(roleId, "{}");
        assertThat(metIds(without)).doesNotContain(requirement);
        assertThat(gapIds(without)).doesNotContain(requirement);
    }

    static Stream<Arguments> optionalRequirements() {
        return Stream.of(
                arguments("director-of-clinical-services", "dcs.education.doctorate", "{'education':[{'degree':'PHD','field':'public health'}]}"),
                arguments("director-of-clinical-operations", "dco.education.medical", "{'education':[{'degree':'MD'}]}"));
    }
}
