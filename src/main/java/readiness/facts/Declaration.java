package readiness.facts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The method changes a declared fact (a role, rung, requirement, catalog action, the policy or the vocabulary). Only a
 * rule without conditions may call it: every candidate's assessment shares what the declarations made, so a decision
 * that changed one would change it for every later candidate. The rule-code checks refuse it anywhere else.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Declaration {
}
