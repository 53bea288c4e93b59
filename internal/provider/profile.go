package provider

import (
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
)

var profileName = regexp.MustCompile(`^[A-Za-z0-9_.-]+$`)

type profileCredentials struct {
	SecretID  string `json:"secretId"`
	SecretKey string `json:"secretKey"`
}

// loadProfile reads the tccli credential file ~/.tccli/<profile>.credential (TCCLI_CONFIG_DIR or
// TENCENTCLOUD_CONFIG_DIR overrides the directory). Errors never quote the file's content.
func loadProfile(profile string) (profileCredentials, error) {
	var creds profileCredentials
	if !profileName.MatchString(profile) {
		return creds, fmt.Errorf("profile name %q may contain only letters, digits, '.', '_' and '-'", profile)
	}
	dir := os.Getenv("TENCENTCLOUD_CONFIG_DIR")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return creds, fmt.Errorf("finding the home directory: %w", err)
		}
		dir = filepath.Join(home, ".tccli")
	}
	file := filepath.Join(dir, profile+".credential")
	b, err := os.ReadFile(file)
	if err != nil {
		return creds, fmt.Errorf("reading %s: %w", file, err)
	}
	if err := json.Unmarshal(b, &creds); err != nil {
		return creds, fmt.Errorf("%s is not a tccli credential file (JSON with secretId and secretKey)", file)
	}
	if creds.SecretID == "" || creds.SecretKey == "" {
		return creds, fmt.Errorf("%s has no secretId/secretKey", file)
	}
	return creds, nil
}
