package vn.liaison.securitymatrix;

import java.util.List;

/**
 * Implemented in each module's tests (any package, public class with a no-argument constructor): the cases of
 * that module's endpoints. {@link SecurityMatrixTest} finds every implementation on the test class path, checks
 * that together they cover every endpoint of the application, and runs them.
 */
public interface SecurityMatrixContribution {

    List<EndpointCase> cases(MatrixFixtures fixtures);

    /** Removes what {@link #cases} made for the cases, after each test of the matrix (the test database is shared). */
    default void cleanUp(MatrixFixtures fixtures) {
        // most contributions make nothing that outlives their cases
    }
}
