package scot.sds.portal.account;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

/** Someone who signs in with a built-in account. */
@Entity
class Account {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    private String email;

    private String displayName;

    private String passwordHash;

    private Boolean easyRead;

    private String externalSubject;

    @Column(insertable = false, updatable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role")
    @Enumerated(EnumType.STRING)
    private Set<Role> roles = EnumSet.noneOf(Role.class);

    protected Account() {}

    Account(String email, String displayName, String passwordHash, Role role) {
        this.email = email;
        this.displayName = displayName;
        this.passwordHash = passwordHash;
        this.roles = EnumSet.of(role);
    }

    private Account(String externalSubject) {
        this.externalSubject = externalSubject;
    }

    /** Someone known from the council's identity provider, who signs in there and has no password here. */
    static Account external(String subject) {
        return new Account(subject);
    }

    /**
     * Links this account to someone at the identity provider, unless it is already linked to someone else.
     *
     * @return whether the account now belongs to that subject
     */
    boolean linkToIdentityProvider(String subject) {
        if (externalSubject == null) {
            externalSubject = subject;
        }
        return subject.equals(externalSubject);
    }

    /** Brings an external account up to date with what the identity provider says now. */
    void updateFromIdentityProvider(String newEmail, String newDisplayName, Set<Role> newRoles) {
        this.email = newEmail;
        this.displayName = newDisplayName;
        this.roles = newRoles.isEmpty() ? EnumSet.noneOf(Role.class) : EnumSet.copyOf(newRoles);
    }

    Long id() {
        return id;
    }

    String email() {
        return email;
    }

    String displayName() {
        return displayName;
    }

    String passwordHash() {
        return passwordHash;
    }

    Set<Role> roles() {
        return Set.copyOf(roles);
    }

    Boolean easyRead() {
        return easyRead;
    }

    void rememberEasyRead(boolean on) {
        this.easyRead = on;
    }
}
