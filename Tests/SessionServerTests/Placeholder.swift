import Testing

@Test func placeholderSessionServerTests() {}
