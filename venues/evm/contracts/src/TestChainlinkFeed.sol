// SPDX-License-Identifier: MIT
pragma solidity 0.8.37;

/// @title TestChainlinkFeed
/// @notice A Chainlink AggregatorV3Interface look-alike for tests and dev chains (Index Coop's
/// leverage extensions price collateral and debt with Chainlink feeds): decimals(),
/// description(), latestRoundData() -> (roundId, answer, startedAt, updatedAt,
/// answeredInRound) and latestAnswer(), with the real signatures. The owner publishes answers;
/// there is no aggregation.
contract TestChainlinkFeed {
    address public immutable owner;
    uint8 public immutable decimals;
    string public description;
    uint80 private round;
    int256 private answer;
    uint256 private updatedAt;

    event AnswerUpdated(int256 indexed current, uint256 indexed roundId, uint256 updatedAt);

    error NotOwner();

    constructor(uint8 decimals_, string memory description_, int256 answer_) {
        owner = msg.sender;
        decimals = decimals_;
        description = description_;
        _set(answer_);
    }

    function setAnswer(int256 answer_) external {
        if (msg.sender != owner) revert NotOwner();
        _set(answer_);
    }

    function latestRoundData()
        external
        view
        returns (uint80 roundId, int256 answer_, uint256 startedAt, uint256 updatedAt_, uint80 answeredInRound)
    {
        return (round, answer, updatedAt, updatedAt, round);
    }

    function latestAnswer() external view returns (int256) {
        return answer;
    }

    function _set(int256 answer_) private {
        round += 1;
        answer = answer_;
        updatedAt = block.timestamp;
        emit AnswerUpdated(answer_, round, block.timestamp);
    }
}
