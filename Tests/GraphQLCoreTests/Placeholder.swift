import Testing

@Test func placeholderGraphQLCoreTests() {}
