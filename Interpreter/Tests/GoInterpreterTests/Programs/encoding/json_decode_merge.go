package main

import (
	"encoding/json"
	"fmt"
)

type Rule struct {
	Path   string `json:"path"`
	Weight int    `json:"weight"`
}

type Config struct {
	Rules   []Rule            `json:"rules"`
	Paths   []string          `json:"paths"`
	Headers map[string]string `json:"headers"`
	Limit   *Rule             `json:"limit"`
	Ports   [2]int            `json:"ports"`
}

// CreateConfig gives defaults; decoding the user's settings updates them the Go way.
func CreateConfig() *Config {
	return &Config{
		Rules:   []Rule{{Path: "/default", Weight: 1}, {Path: "/second", Weight: 2}},
		Paths:   []string{"/a", "/b", "/c"},
		Headers: map[string]string{"X-Default": "1"},
		Limit:   &Rule{Path: "/limit", Weight: 9},
		Ports:   [2]int{80, 443},
	}
}

func main() {
	cfg := CreateConfig()
	paths := cfg.Paths
	err := json.Unmarshal([]byte(`{"rules":[{"weight":5}],"paths":["/x"],"headers":{"X-New":"2"},"limit":{"weight":3},"ports":[8080]}`), cfg)
	fmt.Println(err)
	// Existing elements are merged, the slice shrinks to the new length and keeps its
	// backing array; maps gain keys; pointed-to structs are updated in place.
	fmt.Println(cfg.Rules, len(cfg.Rules))
	fmt.Println(cfg.Paths, paths)
	fmt.Println(len(cfg.Headers), cfg.Headers["X-Default"], cfg.Headers["X-New"])
	fmt.Println(*cfg.Limit, cfg.Ports)

	// Go decodes into the whole capacity, so the second rule merges with the stale
	// {/second 2} still in the backing array (golang/go#21092).
	err = json.Unmarshal([]byte(`{"rules":[{"path":"/1"},{"path":"/2"},{"path":"/3"}],"paths":[]}`), cfg)
	fmt.Println(err, cfg.Rules, cfg.Paths == nil, len(cfg.Paths))
}

// Output:
// <nil>
// [{/default 5}] 1
// [/x] [/x /b /c]
// 2 1 2
// {/limit 3} [8080 0]
// <nil> [{/1 5} {/2 2} {/3 0}] false 0
