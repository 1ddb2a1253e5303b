import Testing

@Test func placeholderSessionAPITests() {}
