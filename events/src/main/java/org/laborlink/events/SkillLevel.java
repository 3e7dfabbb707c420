package org.laborlink.events;

/** How well a worker masters a skill, or how well a posting needs it mastered; ordered from least to most. */
public enum SkillLevel {
    NONE, BASIC, SKILLED, CERTIFIED
}
