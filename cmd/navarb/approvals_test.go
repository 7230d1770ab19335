package main

import (
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

const repoRoot = "../.."

// TestNoUnlimitedApprovals: token approvals are bounded. The only approvals
// navarb makes are inside NavArbExecutor, which approves the issuer for the
// exact cost of one mint (or the quantity of one redeem) and resets the
// allowance to zero in the same call; no Solidity source approves
// type(uint256).max, and no Go code outside tests sends an approve (if one
// ever does, it needs an allow_unlimited_approvals = false guard first).
func TestNoUnlimitedApprovals(t *testing.T) {
	goApprove := regexp.MustCompile(`PackApprove\(|"approve"`)
	var goFiles int
	err := filepath.WalkDir(repoRoot, func(p string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() {
			switch d.Name() {
			case "node_modules", ".git", "evmtest", "testdata":
				return filepath.SkipDir
			}
			return nil
		}
		if !strings.HasSuffix(p, ".go") || strings.HasSuffix(p, "_test.go") || d.Name() == "bindings.go" {
			return nil
		}
		b, err := os.ReadFile(p)
		if err != nil {
			return err
		}
		goFiles++
		if goApprove.Match(b) {
			t.Errorf("%s sends a token approval from Go: bound it and add an allow_unlimited_approvals = false config guard", p)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if goFiles < 50 {
		t.Fatalf("scanned %d Go files: wrong root?", goFiles)
	}

	srcs, err := filepath.Glob(filepath.Join(repoRoot, "venues/evm/contracts/src/*.sol"))
	if err != nil || len(srcs) == 0 {
		t.Fatalf("no Solidity sources: %v", err)
	}
	call := regexp.MustCompile(`(?s)\b_?approve\s*\(([^;]*?)\);`)
	for _, p := range srcs {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		for _, m := range call.FindAllStringSubmatch(string(b), -1) {
			if args := m[1]; strings.Contains(args, "type(uint256).max") || strings.Contains(args, "~uint256(0)") || strings.Contains(args, "2**256") {
				t.Errorf("%s: unlimited approval: %s", filepath.Base(p), strings.TrimSpace(m[0]))
			}
		}
	}
	exec, err := os.ReadFile(filepath.Join(repoRoot, "venues/evm/contracts/src/NavArbExecutor.sol"))
	if err != nil {
		t.Fatal(err)
	}
	set := regexp.MustCompile(`_approve\(\s*\w+\s*,\s*\w+\s*,\s*(\w+)\s*\);`).FindAllStringSubmatch(string(exec), -1)
	var grants, resets int
	for _, m := range set {
		if m[1] == "0" {
			resets++
		} else {
			grants++
		}
	}
	if grants == 0 || grants != resets {
		t.Errorf("NavArbExecutor: %d approvals granted, %d reset to zero: every grant must be reset in the same call", grants, resets)
	}
}
