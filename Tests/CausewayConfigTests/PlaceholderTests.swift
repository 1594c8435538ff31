// Tests of configuration loading live beside this file.
import XCTest
