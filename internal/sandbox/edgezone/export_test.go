package edgezone

import "testing"

// NextInstanceIDs makes the next CreatePublicNetworkInstance calls (of any sandbox in this test
// binary) use ids, in order, instead of generated IDs: the document's examples name instances
// (epn-dfghjkl, epn-xxxxxxxx) that a generated ID would never be. Tests that use it must not run in
// parallel with tests that create instances.
func NextInstanceIDs(t testing.TB, ids ...string) {
	t.Helper()
	nextIDs.mu.Lock()
	nextIDs.ids = append([]string(nil), ids...)
	nextIDs.mu.Unlock()
	t.Cleanup(func() {
		nextIDs.mu.Lock()
		nextIDs.ids = nil
		nextIDs.mu.Unlock()
	})
}
