/** Who is signed in: accounts, roles, sign-in, sign-out and creating an account. */
package scot.sds.portal.account;
