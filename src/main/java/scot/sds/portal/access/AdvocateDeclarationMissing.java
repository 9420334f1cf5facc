package scot.sds.portal.access;

/** An advocate tried to accept without saying which organisation they advocate for. */
public class AdvocateDeclarationMissing extends IllegalStateException {

    AdvocateDeclarationMissing() {
        super("An advocate must declare their organisation");
    }
}
