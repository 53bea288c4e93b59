package sandbox

// DefaultRate is the per-action rate a sandbox applies without overrides.
func DefaultRate(s *Sandbox) float64 { return s.defaultRate }
