import Testing

@Test func placeholderSessionStoreTests() {}
