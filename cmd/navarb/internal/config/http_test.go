package config_test

import (
	"strings"
	"testing"

	"github.com/navarb/navarb/cmd/navarb/internal/config"
)

// TestHTTPListen: beyond loopback the server needs a bearer token; the
// error names the field.
func TestHTTPListen(t *testing.T) {
	t.Setenv("NAVARB_TEST_HTTP_TOKEN", "tok")
	for _, tc := range []struct {
		sets    []string
		wantErr string // "" = valid
	}{
		{nil, ""},
		{[]string{`http.listen=127.0.0.1:9464`}, ""},
		{[]string{`http.listen=localhost:0`}, ""},
		{[]string{`http.listen=[::1]:9464`}, ""},
		{[]string{`http.listen=0.0.0.0:9464`}, "http.listen"},
		{[]string{`http.listen=:9464`}, "http.listen"},
		{[]string{`http.listen=10.0.0.5:9464`}, "not a loopback address"},
		{[]string{`http.listen=0.0.0.0:9464`, `http.token_env=NAVARB_TEST_HTTP_TOKEN`}, ""},
		{[]string{`http.listen=0.0.0.0:9464`, `http.token_env=NAVARB_TEST_HTTP_TOKEN_UNSET`}, "http.token_env: environment variable NAVARB_TEST_HTTP_TOKEN_UNSET is not set"},
		{[]string{`http.listen="host"`}, "is not host:port"},
		{[]string{`http.token_env=NAVARB_TEST_HTTP_TOKEN`}, "http.listen is empty"},
		{[]string{`notify.burst=-1`}, "notify.burst"},
	} {
		_, err := config.Load(refPath, tc.sets)
		switch {
		case tc.wantErr == "" && err != nil:
			t.Errorf("%q: %v", tc.sets, err)
		case tc.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tc.wantErr)):
			t.Errorf("%q: error %v, want one containing %q", tc.sets, err, tc.wantErr)
		}
	}
}
