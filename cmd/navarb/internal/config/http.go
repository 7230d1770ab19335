package config

import "net"

func (c *Config) validateHTTP(v *checker, lookup func(string) (string, bool)) {
	h := c.HTTP
	v.envSet("http.token_env", h.TokenEnv, lookup)
	if h.Listen == "" {
		if h.TokenEnv != "" {
			v.add("http.token_env", "is set but http.listen is empty (the server is off)")
		}
		return
	}
	host, port, err := net.SplitHostPort(h.Listen)
	if err != nil || port == "" {
		v.add("http.listen", "%q is not host:port (example: \"127.0.0.1:9464\")", h.Listen)
		return
	}
	if !IsLoopback(host) && h.TokenEnv == "" {
		v.add("http.listen", "%q is not a loopback address: set http.token_env (a bearer token) to serve beyond this machine", h.Listen)
	}
}

// IsLoopback reports whether host (no port) is a loopback address; an
// empty host means every interface.
func IsLoopback(host string) bool {
	if host == "localhost" {
		return true
	}
	ip := net.ParseIP(host)
	return ip != nil && ip.IsLoopback()
}
