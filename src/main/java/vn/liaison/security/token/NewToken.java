package vn.liaison.security.token;

import java.util.Set;

import vn.liaison.security.ApiScope;
import vn.liaison.shared.Classification;

/** What an agency administrator asks for: a name, scopes, a validity in days (null: 90) and a clearance (null: unclassified). */
public record NewToken(String name, Set<ApiScope> scopes, Integer expiresInDays, Classification clearance) {
}
