package evmtest

import (
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/common/hexutil"
)

// Artifact is a compiled contract: its ABI and creation bytecode.
type Artifact struct {
	ABI      abi.ABI
	Bytecode []byte
}

// Paths of the Uniswap artifacts inside scripts/node_modules.
const (
	V2FactoryArtifact = "@uniswap/v2-core/build/UniswapV2Factory.json"
	V2PairArtifact    = "@uniswap/v2-core/build/UniswapV2Pair.json"
	V3FactoryArtifact = "@uniswap/v3-core/artifacts/contracts/UniswapV3Factory.sol/UniswapV3Factory.json"
	V3PoolArtifact    = "@uniswap/v3-core/artifacts/contracts/UniswapV3Pool.sol/UniswapV3Pool.json"
	QuoterV2Artifact  = "@uniswap/v3-periphery/artifacts/contracts/lens/QuoterV2.sol/QuoterV2.json"
)

// RepoRoot returns the navarb repository root: the nearest directory at or
// above the working directory whose go.mod declares module
// github.com/navarb/navarb.
func RepoRoot(tb testing.TB) string {
	tb.Helper()
	dir, err := os.Getwd()
	must(tb, err, "working directory")
	for {
		mod, err := os.ReadFile(filepath.Join(dir, "go.mod"))
		if err == nil && strings.HasPrefix(string(mod), "module github.com/navarb/navarb\n") {
			return dir
		}
		parent := filepath.Dir(dir)
		if parent == dir {
			tb.Fatal("evmtest: navarb repository root not found above the working directory")
		}
		dir = parent
	}
}

// LoadArtifact reads an npm artifact (a path under scripts/node_modules,
// such as V3PoolArtifact). Both artifact layouts in use are understood:
// hardhat's (bytecode "0x...") and waffle's (bytecode without 0x). A missing
// file fails the test with the command that installs it.
func LoadArtifact(tb testing.TB, path string) Artifact {
	tb.Helper()
	full := filepath.Join(RepoRoot(tb), "scripts", "node_modules", filepath.FromSlash(path))
	raw, err := os.ReadFile(full)
	if err != nil {
		tb.Fatalf("evmtest: %v: the npm packages are not installed; run `bash scripts/npm-install`", err)
	}
	var a struct {
		ABI      json.RawMessage `json:"abi"`
		Bytecode string          `json:"bytecode"`
	}
	must(tb, json.Unmarshal(raw, &a), "parse %s", path)
	parsed, err := abi.JSON(strings.NewReader(string(a.ABI)))
	must(tb, err, "abi of %s", path)
	code := a.Bytecode
	if !strings.HasPrefix(code, "0x") {
		code = "0x" + code
	}
	if strings.Contains(code, "__") {
		tb.Fatalf("evmtest: %s has unlinked libraries", path)
	}
	bin, err := hexutil.Decode(code)
	must(tb, err, "bytecode of %s", path)
	return Artifact{ABI: parsed, Bytecode: bin}
}

// pack ABI-encodes a call of method with args and fails the test on error.
func pack(tb testing.TB, a abi.ABI, method string, args ...any) []byte {
	tb.Helper()
	data, err := a.Pack(method, args...)
	must(tb, err, "pack %s", method)
	return data
}

// unpack decodes a call's output of method and fails the test on error.
func unpack(tb testing.TB, a abi.ABI, method string, out []byte) []any {
	tb.Helper()
	vals, err := a.Unpack(method, out)
	must(tb, err, "unpack %s", method)
	return vals
}
