// Tests of the rule language and router table live beside this file.
import XCTest
